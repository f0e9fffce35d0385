export * from "./pto";
export * from "./data";
export * from "./time";
export * from "./wording";
export * from "./detection";
