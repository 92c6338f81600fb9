import { z } from 'zod';
import { wordStatuses } from './status';

export const maxFamiliesPerRequest = 200;
export const maxFamilyLength = 100;

const changeSchema = z.object({
  family: z
    .string()
    .min(1)
    .max(maxFamilyLength)
    .regex(/^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u),
  status: z.enum(wordStatuses),
});
export type StatusChange = z.infer<typeof changeSchema>;

/** One change `{family, status}` or a batch `{changes: [...]}`, at most 200 families. */
export const statusChangesSchema = z.union([
  changeSchema.transform((change) => [change]),
  z.object({ changes: z.array(changeSchema).min(1).max(maxFamiliesPerRequest) }).transform((body) => body.changes),
]);
