import type { AppDataStore } from "../../graph";

const DAY = 86_400_000;

/**
 * Gives the demo user a PTO balance so the pane can show a projected balance: 40 hours today,
 * 8 more each month. Only when nothing is stored: a real choice made in the demo is kept.
 */
export async function seedDemoPolicy(appData: AppDataStore, nowMs: number): Promise<void> {
  const loaded = await appData.load();
  if (loaded.status !== "new" && !(loaded.status === "ok" && loaded.document.ptoPolicy.value === null))
    return;
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const anchor = new Date(nowMs - 30 * DAY).toISOString().slice(0, 8) + "01";
  await appData.save((doc) => ({
    ...doc,
    ptoPolicy: {
      updatedAt: new Date(nowMs).toISOString(),
      value: {
        balanceHours: 40,
        asOf: today,
        accrual: { hours: 8, per: "period", period: "monthly", timing: "start", anchorDate: anchor },
        capHours: 200,
        carryover: null,
        negativeLimitHours: 0,
        incrementHours: 0.5,
        minimumHours: 0,
        holidays: [],
      },
    },
  }));
}
