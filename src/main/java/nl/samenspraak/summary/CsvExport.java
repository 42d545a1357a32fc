package nl.samenspraak.summary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shared answers as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so accents survive) and
 * semicolons between fields, the list separator of Dutch Excel.
 */
final class CsvExport {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    record Row(String partner, String organisation, String dialogue, String step, String question, String answer,
               String source) {
    }

    static String of(List<Row> rows, Labels labels) {
        StringWriter out = new StringWriter().append(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(labels.get("partner"),
                labels.get("organisation"), labels.get("dialogue"), labels.get("step"), labels.get("question"),
                labels.get("answer"), labels.get("source")).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                csv.printRecord(safe(row.partner()), safe(row.organisation()), row.dialogue(), row.step(),
                        safe(row.question()), safe(row.answer()), row.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell starting with = + - or @ would be read by Excel as a formula; a leading quote keeps it text. */
    static String safe(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
