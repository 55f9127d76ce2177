/** Links that pages build often, already passed through `href()` (base-aware). */
import { termId } from './glossary';
import { href } from './url';

/** Link to a term on the glossary page: `/glossary/#三公经费`. */
export const glossaryHref = (term: string): string => href(`/glossary/#${termId(term)}`);
