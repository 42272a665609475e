import Papa from "papaparse";
import { defuseFormula } from "@/lib/csv/defuse-formula";
import { titleCase } from "@/lib/format";
import type { Comparison } from "./load-comparison";

/**
 * The compare view's deployment list as CSV, one row per deployment whose risk changes. Cells that
 * a spreadsheet would run as a formula (=, +, -, @) are escaped, since names are user-entered.
 */
export function buildComparisonCsv(comparison: Comparison): string {
  const a = comparison.before.name;
  const b = comparison.after.name;
  return Papa.unparse(
    {
      fields: [
        "Ref",
        "Model",
        "Vendor",
        "Served jurisdiction",
        "Business unit",
        `Access (${a})`,
        `Access (${b})`,
        `Residual (${a})`,
        `Residual (${b})`,
        "Residual change",
        `Band (${a})`,
        `Band (${b})`,
        "Direction",
      ],
      data: comparison.deployments.map((r) =>
        [
          r.ref,
          r.modelName,
          r.vendorName,
          `${r.servedName} (${r.servedCode})`,
          r.businessUnit,
          titleCase(r.before.access),
          titleCase(r.after.access),
          r.before.residual,
          r.after.residual,
          r.residualDelta,
          titleCase(r.before.band),
          titleCase(r.after.band),
          r.direction,
        ].map(defuseFormula),
      ),
    },
    { newline: "\r\n" },
  );
}
