export * from "./pto";
