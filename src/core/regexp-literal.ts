/** Text to match as written inside a RegExp: every character the pattern syntax gives a meaning is escaped. */
export const regExpLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
