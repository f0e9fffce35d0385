/**
 * Hours and money as the user's locale writes them ("2.5 hours", "2,5 Stunden", "€185.00"), so the
 * pane and the contractor view show the figures the math produced without a second rounding.
 */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "hour",
    unitDisplay: "long",
    maximumFractionDigits: 2,
  }).format(hours);
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
}
