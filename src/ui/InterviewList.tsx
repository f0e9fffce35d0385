import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";

export interface InterviewRow {
  id: string;
  /** Formatted for the user, e.g. "Thu, 3 Dec, 13:30 – 14:30". */
  when: string;
  company: string | null;
  agency: string | null;
  stage: string | null;
  /** Whether the user's calendar copy is private (false means it could be seen). */
  isPrivate: boolean;
}

export interface InterviewListProps {
  rows: InterviewRow[];
  /** Names the table, e.g. "Interviews in the next 4 weeks". */
  caption: string;
}

/** The interviews found on the calendar, with whether each is still visible to others. */
export function InterviewList({ rows, caption }: InterviewListProps) {
  if (rows.length === 0) {
    return <Text>{`${caption}: none found.`}</Text>;
  }
  return (
    <Table aria-label={caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Company</TableHeaderCell>
          <TableHeaderCell>Stage</TableHeaderCell>
          <TableHeaderCell>On your calendar</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.when}</TableCell>
            <TableCell>
              {[row.company, row.agency && `via ${row.agency}`].filter(Boolean).join(" ") || "Not named"}
            </TableCell>
            <TableCell>{row.stage && row.stage !== "unknown" ? row.stage : "Not said"}</TableCell>
            <TableCell>
              {row.isPrivate ? (
                <Badge appearance="tint" color="success">
                  Private
                </Badge>
              ) : (
                <Badge appearance="tint" color="warning">
                  Visible to others
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
