package nl.samenspraak.summary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import nl.samenspraak.summary.ExportDocument.Bullets;
import nl.samenspraak.summary.ExportDocument.Chart;
import nl.samenspraak.summary.ExportDocument.Heading;
import nl.samenspraak.summary.ExportDocument.Quotes;
import nl.samenspraak.summary.ExportDocument.Table;
import nl.samenspraak.summary.ExportDocument.Text;
import nl.samenspraak.summary.SummaryViews.Summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A summary as PDF (OpenPDF): the sections of {@link SummaryDocument}, tables with a header row repeated on
 * every page, charts drawn as bars.
 */
final class PdfExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font[] HEADINGS = {FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15),
            FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)};
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font QUOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9, Color.DARK_GRAY);
    private static final Color BAR = new Color(0x2f, 0x6f, 0x8f);
    private static final Color HEADER = new Color(0xe4, 0xee, 0xf2);

    private PdfExport() {
    }

    static byte[] of(Summary summary, String title, Labels labels) {
        return of(SummaryDocument.of(summary, title, labels));
    }

    /** A laid-out document as PDF: the summary's, or the summary's with a comparison of rounds after it. */
    static byte[] of(ExportDocument exported) {
        String title = exported.title();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // A chart that does not fit at the foot of a page goes to the next one in its place: without this,
            // OpenPDF lets the text after it (the next question) run ahead of it.
            writer.setStrictImageSequence(true);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            ExportDocument.Renderer renderer = new ExportDocument.Renderer() {
                public void heading(Heading h) {
                    Paragraph heading = new Paragraph(h.text(), HEADINGS[Math.min(h.level(), 3) - 1]);
                    heading.setSpacingBefore(h.level() == 1 ? 16 : 8);
                    heading.setSpacingAfter(4);
                    heading.setKeepTogether(true);
                    document.add(heading);
                }

                public void text(Text t) {
                    document.add(new Paragraph(t.text(), t.emphasised() ? BOLD : TEXT));
                }

                public void bullets(Bullets b) {
                    b.items().forEach(item -> {
                        Paragraph line = new Paragraph("• " + item, TEXT);
                        line.setIndentationLeft(8);
                        document.add(line);
                    });
                }

                public void table(Table t) {
                    document.add(PdfExport.table(t));
                }

                public void quotes(Quotes q) {
                    q.lines().forEach(line -> {
                        Paragraph quote = new Paragraph(line, QUOTE);
                        quote.setIndentationLeft(14);
                        document.add(quote);
                    });
                }

                public void chart(Chart c) {
                    document.add(PdfExport.chart(writer.getDirectContent(), c));
                }
            };
            exported.blocks().forEach(block -> block.renderTo(renderer));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the summary could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Table table) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(HEADER);
            pdf.addCell(cell);
        }
        table.rows().forEach(row -> row.forEach(cell -> pdf.addCell(new Phrase(cell, TEXT))));
        return pdf;
    }

    /** Bars side by side, each with its count above and its label below. */
    private static Image chart(PdfContentByte canvas, Chart chart) {
        List<Chart.Bar> bars = chart.bars();
        int highest = Math.max(1, bars.stream().mapToInt(Chart.Bar::count).max().orElse(1));
        float barWidth = 40;
        float gap = 8;
        float height = 70;
        PdfTemplate drawing = canvas.createTemplate(Math.max(1, bars.size()) * (barWidth + gap), height + 28);
        for (int i = 0; i < bars.size(); i++) {
            float x = i * (barWidth + gap);
            float bar = height * bars.get(i).count() / highest;
            drawing.setColorFill(BAR);
            drawing.rectangle(x, 14, barWidth, bar);
            drawing.fill();
            drawing.beginText();
            drawing.setFontAndSize(TEXT.getBaseFont(), 7);
            drawing.setColorFill(Color.BLACK);
            String label = bars.get(i).label();
            drawing.showTextAligned(Element.ALIGN_CENTER, label.length() > 12 ? label.substring(0, 11) + "…" : label,
                    x + barWidth / 2, 2, 0);
            drawing.showTextAligned(Element.ALIGN_CENTER, String.valueOf(bars.get(i).count()), x + barWidth / 2, 17 + bar, 0);
            drawing.endText();
        }
        Image image = Image.getInstance(drawing);
        image.setSpacingBefore(4);
        return image;
    }
}
