/** The calendar's names in lower case: days of the week, months in order (January first), and the months' short forms. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;
/** The days' and months' full names, one set: capitalised in a text, never a name's word. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTHS]);
