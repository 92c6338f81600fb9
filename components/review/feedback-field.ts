/** Feedback fields are named by this prefix and the row they comment on, so the action can read them back. */
export const feedbackFieldPrefix = 'feedback-';

export const feedbackFieldName = (key: string) => `${feedbackFieldPrefix}${key}`;
