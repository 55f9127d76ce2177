import { z } from 'zod';

/** An amount as printed, normalised to a plain decimal string ("432.54", "-6.00"). Never a float. */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "432.54"')
  .describe('Exact decimal number written as a string');
export type DecimalString = z.infer<typeof DecimalString>;

/** A blank cell is null, distinct from "0.00". */
export const NullableDecimal = DecimalString.nullable();

/** Inclusive 1-based line range in the source text file. */
export const LineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, 'line range must be ascending')
  .describe('[first, last] line of the source text, 1-based, inclusive');
export type LineRange = z.infer<typeof LineRange>;

/** ASCII slug used in URLs. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug (a-z, 0-9, "-")');

export const Warning = z.object({
  code: z.string().describe('stable warning id, e.g. "kpi-truncated-cell"'),
  line: z.number().int().positive().nullable().describe('source line the warning is about'),
  message: z.string().describe('plain Chinese explanation for readers'),
});
export type Warning = z.infer<typeof Warning>;
