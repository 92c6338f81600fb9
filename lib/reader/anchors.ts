/**
 * The id of a Hindi sentence in the reader, by its index in the passage: an address that outlives
 * a new alignment of the passage, as long as its Hindi stays. My words links a saved sentence here.
 */
export function sentenceAnchor(index: number): string {
  return `sentence-${index}`;
}
