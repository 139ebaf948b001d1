import { openDatabase } from "@jixiao/db";

let t = performance.now();
const db = await openDatabase({ dataDir: process.argv[2] });
console.log("open", performance.now() - t);
t = performance.now();
await db.close();
console.log("close", performance.now() - t);
