// Drives the LaosRights.Data MCP server with a client nobody here wrote: the official TypeScript SDK
// (@modelcontextprotocol/sdk). Initializes, lists the tools, calls each with good and bad arguments, validates every
// structured result against the tool's declared output schema (the SDK's client does so itself; Ajv checks it again
// here so that a failure names the path), checks real values from the article, and reads the resources.
// Usage: node check.mjs -- COMMAND [ARGS...]     (scripts/mcp-check.sh passes the installed .NET tool)
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import Ajv from "ajv";

const separator = process.argv.indexOf("--");
const [command, ...args] = separator < 0 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: node check.mjs -- COMMAND [ARGS...]");
  process.exit(2);
}

const failures = [];
const fail = (message) => failures.push(message);
const expect = (condition, message) => { if (!condition) fail(message); };

const transport = new StdioClientTransport({ command, args, stderr: "pipe" });
let stderr = "";
transport.stderr?.on("data", (chunk) => { stderr += chunk; });
const client = new Client({ name: "laosrights-mcp-check", version: "1.0.0" });
await client.connect(transport);

const info = client.getServerVersion();
expect(info?.name === "laosrights", `server name is ${info?.name}, expected laosrights`);
expect(client.getInstructions()?.includes("precision"), "the server's instructions speak of precision and standing");

// Tools and their declared schemas.
const { tools } = await client.listTools();
const names = tools.map((t) => t.name).sort();
const expectedNames = ["chronology", "figures", "get_record", "search_records", "who_says"];
expect(JSON.stringify(names) === JSON.stringify(expectedNames), `tools are ${names.join(", ")}, expected ${expectedNames.join(", ")}`);
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map();
for (const tool of tools) {
  expect(tool.description?.includes("Human rights in Laos"), `${tool.name}: the description names the article`);
  expect(tool.inputSchema?.type === "object", `${tool.name}: the input schema is an object schema`);
  expect(tool.outputSchema?.type === "object", `${tool.name}: declares an output schema`);
  expect(tool.annotations?.readOnlyHint === true, `${tool.name}: is marked read-only`);
  if (tool.outputSchema) {
    validators.set(tool.name, ajv.compile(tool.outputSchema));
  }
}

// Every record, wherever it sits in a result, carries id, kind, quotes with sections, precision and standing in words.
function records(value, found = []) {
  if (Array.isArray(value)) {
    value.forEach((v) => records(v, found));
  } else if (value && typeof value === "object") {
    if ("evidence" in value && "standing" in value) {
      found.push(value);
    }
    Object.values(value).forEach((v) => records(v, found));
  }
  return found;
}

async function call(name, args, check) {
  let result;
  try {
    result = await client.callTool({ name, arguments: args });
  } catch (error) {
    fail(`${name} ${JSON.stringify(args)}: the client rejected the result: ${error.message}`);
    return;
  }
  const text = (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
  if (result.isError) {
    fail(`${name} ${JSON.stringify(args)}: tool error: ${text}`);
    return;
  }
  const validate = validators.get(name);
  if (!validate(result.structuredContent)) {
    fail(`${name} ${JSON.stringify(args)}: structured content does not match the output schema: ${ajv.errorsText(validate.errors)}`);
    return;
  }
  expect(text.length > 0, `${name}: has a text form`);
  const found = records(result.structuredContent);
  expect(found.length > 0, `${name} ${JSON.stringify(args)}: returns records`);
  for (const r of found) {
    expect(r.id && r.kind && r.precision && r.standing, `${name}: record ${r.id} has id, kind, precision and standing`);
    expect(r.evidence.length > 0 && r.evidence.every((e) => e.quote && e.section), `${name}: record ${r.id} has quotes with sections`);
  }
  expect(result.structuredContent.attribution?.includes("CC BY-SA 4.0"), `${name}: carries the attribution`);
  try {
    check(result.structuredContent, text);
  } catch (error) {
    fail(`${name} ${JSON.stringify(args)}: ${error.message}`);
  }
}

async function callFailing(name, args, argument) {
  const result = await client.callTool({ name, arguments: args });
  const text = (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
  expect(result.isError === true, `${name} ${JSON.stringify(args)}: should be a tool error, gave: ${text.slice(0, 200)}`);
  expect(text.includes(`'${argument}'`), `${name} ${JSON.stringify(args)}: the error names the argument '${argument}': ${text}`);
}

const ids = (list) => list.map((r) => r.id);
const assert = (condition, message) => { if (!condition) throw new Error(message); };

await call("search_records", { query: "Wat Tham Krabok", limit: 50 }, (s) => {
  assert(ids(s.records).includes("wat-tham-krabok"), "finds the place Wat Tham Krabok");
  const more = s.records.find((r) => r.id === "hmong-already-at-wat-tham-krabok");
  assert(more?.precision.startsWith("more than 10,000: a lower bound"), `keeps "more than 10,000" a lower bound: ${more?.precision}`);
});
await call("get_record", { id: "hmong-exile-thailand-count" }, (s, text) => {
  assert(s.record.precision.startsWith("As many as 200,000: an upper bound"), `200,000 is an upper bound: ${s.record.precision}`);
  assert(s.record.evidence[0].quote === "As many as 200,000 Hmong went into exile in Thailand", "quotes the article");
  assert(s.record.evidence[0].start === 3280, "gives the quote's offset");
  assert(ids(s.links).includes("hmong-exile-thailand"), "links the figure to its event");
  assert(text.includes("an upper bound"), "the text form keeps the bound");
});
await call("get_record", { id: "genocide-accusation" }, (s) => {
  assert(s.record.standing === "alleged; the article names no accuser", `an allegation stays an allegation: ${s.record.standing}`);
});
await call("chronology", { from: "2009", to: "2009", match: "certainly" }, (s) => {
  const order = s.entries.map((e) => e.record.id);
  assert(order.includes("iccpr-ratification-2009"), "2009 holds the ICCPR ratification");
  assert(!order.includes("no-executions-reported-since-1989"), "'since 1989' is not certainly in 2009");
  const ratification = s.entries.find((e) => e.record.id === "iccpr-ratification-2009");
  assert(ratification.record.precision === "day: 25 September 2009", `the day is kept: ${ratification.record.precision}`);
});
await call("figures", { bound: "at-most" }, (s) => {
  assert(JSON.stringify(ids(s.figures).sort()) === JSON.stringify(["hmong-exile-thailand-count", "poster-arrests-1999-sentence-length"]), `upper bounds: ${ids(s.figures)}`);
});
await call("who_says", { standing: "alleged" }, (s) => {
  const claims = s.groups.flatMap((g) => g.standings.flatMap((st) => st.claims));
  assert(s.total_matches === claims.length && claims.length > 2, `every allegation is in a group: ${s.total_matches} vs ${claims.length}`);
  assert(claims.every((c) => c.standing_code === "alleged"), "only allegations");
  assert(s.groups.at(-1).claimant === "no claimant named in the article", "claims without a named claimant come last");
  assert(ids(s.groups.at(-1).standings[0].claims).includes("genocide-accusation"), "the genocide accusation names no accuser");
});

await callFailing("get_record", { id: "no-such-record" }, "id");
await callFailing("search_records", { query: "" }, "query");
await callFailing("search_records", { query: "Hmong", topic: "bogus" }, "topic");
await callFailing("chronology", { from: "2010", to: "2009" }, "from");
await callFailing("figures", { bound: "roughly" }, "bound");
await callFailing("who_says", { standing: "rumoured" }, "standing");

// Resources: the article, its sections, the licence.
const { resources } = await client.listResources();
const uris = resources.map((r) => r.uri).sort();
expect(JSON.stringify(uris) === JSON.stringify(["laosrights://article", "laosrights://article/sections", "laosrights://licence"]), `resources: ${uris}`);
const article = (await client.readResource({ uri: "laosrights://article" })).contents[0].text;
expect(article.slice(3280, 3280 + 52) === "As many as 200,000 Hmong went into exile in Thailand", "evidence offsets index the article resource");
const licence = (await client.readResource({ uri: "laosrights://licence" })).contents[0].text;
expect(licence.includes("CC BY-SA 4.0") && licence.includes("https://en.wikipedia.org/wiki/Human_rights_in_Laos"), "the licence resource carries CC BY-SA 4.0 and the source");

await client.close();

if (failures.length > 0) {
  console.error(`MCP check (TypeScript SDK client): ${failures.length} problem(s):`);
  failures.forEach((f) => console.error(`  - ${f}`));
  if (stderr.trim()) {
    console.error("server stderr:\n" + stderr);
  }
  process.exit(1);
}
console.log(`MCP check (TypeScript SDK client): ${tools.length} tools, 7 good calls validated against their output schemas, 6 bad calls answered as tool errors, ${resources.length} resources: all as expected.`);
