/**
 * Checks an Atom document against the required elements of RFC 4287 (section 4.1):
 * well-formed XML in the Atom namespace; the feed has exactly one id, title and updated,
 * an author (or every entry has one) and at most one alternate link per type; each entry
 * has exactly one id, title and updated, and a content or an alternate link; ids are IRIs,
 * dates are RFC 3339. Returns the problems found (empty when valid) and what it read.
 */
import sax from 'sax';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

interface El {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

export interface AtomReport {
  problems: string[];
  entries: { id: string; title: string; updated: string; link: string | null; content: string }[];
}

export function validateAtom(xml: string): AtomReport {
  const problems: string[] = [];
  const parser = sax.parser(true, { xmlns: true });
  const root: El = { name: '#root', ns: '', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.onerror = (e) => {
    problems.push(`not well-formed XML: ${e.message.split('\n')[0]}`);
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const t = tag as sax.QualifiedTag;
    const el: El = {
      name: t.local,
      ns: t.uri,
      attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.write(xml).close();

  const feed = root.children[0];
  if (!feed || feed.name !== 'feed' || feed.ns !== ATOM) {
    problems.push('root element is not atom:feed');
    return { problems, entries: [] };
  }
  const kids = (el: El, name: string) => el.children.filter((c) => c.ns === ATOM && c.name === name);
  const one = (el: El, name: string, where: string): El | undefined => {
    const found = kids(el, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name} elements, expected exactly 1`);
    return found[0];
  };
  const checkCommon = (el: El, where: string) => {
    const id = one(el, 'id', where);
    if (id && !IRI.test(id.text.trim())) problems.push(`${where}: atom:id is not an IRI: ${id.text}`);
    one(el, 'title', where);
    const updated = one(el, 'updated', where);
    if (updated && !RFC3339.test(updated.text.trim())) {
      problems.push(`${where}: atom:updated is not an RFC 3339 date: ${updated.text}`);
    }
    const alternates = kids(el, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    const types = alternates.map((l) => `${l.attrs.type ?? ''}|${l.attrs.hreflang ?? ''}`);
    if (new Set(types).size !== types.length) problems.push(`${where}: two alternate links of one type`);
    for (const l of kids(el, 'link')) if (!l.attrs.href) problems.push(`${where}: atom:link without href`);
  };
  checkCommon(feed, 'feed');
  const feedAuthor = kids(feed, 'author').length > 0;
  const entries = kids(feed, 'entry').map((entry, i) => {
    const where = `entry ${i + 1}`;
    checkCommon(entry, where);
    if (!feedAuthor && kids(entry, 'author').length === 0) problems.push(`${where}: no atom:author (nor on the feed)`);
    for (const a of kids(entry, 'author').concat(kids(feed, 'author'))) one(a, 'name', `${where} author`);
    const alternate = kids(entry, 'link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    const content = kids(entry, 'content')[0];
    if (!alternate && !content) problems.push(`${where}: neither atom:content nor an alternate atom:link`);
    return {
      id: kids(entry, 'id')[0]?.text.trim() ?? '',
      title: kids(entry, 'title')[0]?.text.trim() ?? '',
      updated: kids(entry, 'updated')[0]?.text.trim() ?? '',
      link: alternate?.attrs.href ?? null,
      content: content?.text ?? '',
    };
  });
  return { problems, entries };
}
