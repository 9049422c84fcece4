/** E-mail addresses compare as the profiles store them: trimmed and lower-case. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
