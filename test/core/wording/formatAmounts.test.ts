import { formatHours, formatMoney } from "../../../src/core/wording";

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatHours", () => {
  it.each([
    [2.5, "en-GB", "2.5 hours"],
    [1, "en-US", "1 hour"],
    [2.5, "de-DE", "2,5 Stunden"],
    [0.25, "fr-FR", "0,25 heure"],
  ])("writes %d hours in %s as %p", (hours, locale, expected) => {
    expect(plain(formatHours(hours, locale))).toBe(expected);
  });
});

describe("formatMoney", () => {
  it.each([
    [185, "EUR", "en-IE", "€185.00"],
    [185, "EUR", "de-DE", "185,00 €"],
    [1234.5, "USD", "en-US", "$1,234.50"],
  ])("writes %d %s in %s as %p", (amount, currency, locale, expected) => {
    expect(plain(formatMoney(amount, currency, locale))).toBe(expected);
  });
});
