export * from "./pto";
export * from "./data";
