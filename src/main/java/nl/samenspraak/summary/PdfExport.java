package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.summary.SummaryViews.Paradox;
import nl.samenspraak.summary.SummaryViews.Question;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.summary.SummaryViews.Theme;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A summary as PDF (OpenPDF): the ambition, the bring/seek matches as a table, each paradox with a bar chart
 * of the positions, and the shared themes with their quotes.
 */
final class PdfExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font QUOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9, Color.DARK_GRAY);
    private static final Color BAR = new Color(0x2f, 0x6f, 0x8f);

    private PdfExport() {
    }

    static byte[] of(Summary summary, String title, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(labels.get("partners") + ": " + summary.partners() + " · "
                    + labels.get("answers") + ": " + summary.answers(), TEXT));
            if (summary.vision() != null) {
                heading(document, labels.get("ambition"));
                String ambition = summary.vision().ambition().edited() != null ? summary.vision().ambition().edited()
                        : summary.vision().ambition().draft();
                document.add(new Paragraph(ambition, TEXT));
            }
            if (summary.bringTake() != null && !summary.bringTake().matches().isEmpty()) {
                heading(document, labels.get("matches"));
                PdfPTable table = new PdfPTable(new float[] {2, 3, 2, 3, 1});
                table.setWidthPercentage(100);
                summary.bringTake().matches().forEach(m -> {
                    table.addCell(new Paragraph(m.seeker(), TEXT));
                    table.addCell(new Paragraph(m.need(), TEXT));
                    table.addCell(new Paragraph(m.provider(), TEXT));
                    table.addCell(new Paragraph(m.offer(), TEXT));
                    table.addCell(new Paragraph(String.valueOf(m.similarity()), TEXT));
                });
                document.add(table);
            }
            if (summary.paradoxes() != null) {
                heading(document, labels.get("paradoxes"));
                for (Paradox p : summary.paradoxes()) {
                    document.add(new Paragraph(p.label(), HEADING));
                    document.add(new Paragraph(p.left() + "  ◀  " + p.positions().mean() + "  ▶  " + p.right() + " — "
                            + labels.get(p.positions().agreement()), TEXT));
                    document.add(histogram(writer.getDirectContent(), p.positions()));
                    themes(document, p.bothAnd());
                }
            }
            heading(document, labels.get("questions"));
            for (Question q : summary.questions()) {
                if (q.sharedThemes() != null && !q.sharedThemes().isEmpty()) {
                    document.add(new Paragraph(q.prompt(), HEADING));
                    themes(document, q.sharedThemes());
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the summary could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static void themes(Document document, List<Theme> themes) {
        for (Theme theme : themes) {
            Paragraph line = new Paragraph();
            line.add(new Chunk(theme.label() + (theme.agreed() ? " ✓" : ""), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
            line.add(new Chunk(" — " + String.join(", ", theme.partners()), TEXT));
            document.add(line);
            theme.quotes().forEach(q -> {
                Paragraph quote = new Paragraph("“" + q.text() + "” — " + q.partner(), QUOTE);
                quote.setIndentationLeft(12);
                document.add(quote);
            });
        }
    }

    /** The positions on a scale as bars, one per position from the left pole to the right. */
    private static Image histogram(PdfContentByte canvas, Aggregates.ScaleSummary scale) {
        List<Aggregates.Bin> bins = scale.histogram();
        int highest = Math.max(1, bins.stream().mapToInt(Aggregates.Bin::count).max().orElse(1));
        float barWidth = 28;
        float height = 70;
        PdfTemplate chart = canvas.createTemplate(bins.size() * (barWidth + 6), height + 14);
        for (int i = 0; i < bins.size(); i++) {
            float bar = height * bins.get(i).count() / highest;
            chart.setColorFill(BAR);
            chart.rectangle(i * (barWidth + 6), 14, barWidth, bar);
            chart.fill();
            chart.beginText();
            chart.setFontAndSize(TEXT.getBaseFont(), 8);
            chart.setColorFill(Color.BLACK);
            chart.showTextAligned(Element.ALIGN_CENTER, String.valueOf(bins.get(i).position()),
                    i * (barWidth + 6) + barWidth / 2, 2, 0);
            chart.endText();
        }
        Image image = Image.getInstance(chart);
        image.setSpacingBefore(4);
        return image;
    }
}
