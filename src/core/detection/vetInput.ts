import type { Party } from "./readParties";

/** The company and agency read so far, and the mail they were read from, for a last look. */
export interface VetInput {
  company: string | null;
  agency: string | null;
  subject: string;
  /** The author's own words (quoted history removed). */
  text: string;
  sender: Party | null;
  attendees: Party[];
  ownerName: string;
  /** The owner's address: a registered name its domain spells is the owner's own employer. */
  ownerAddress: string;
  /**
   * The meeting block an invitation ends with and the lines after it, where an ATS may sign with
   * the employer's registered name ("Sablewood Inc. | … | Powered by HireLoop").
   */
  footer?: string;
}
