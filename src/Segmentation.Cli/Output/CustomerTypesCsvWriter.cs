using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Segmentation.Cli.Pseudonyms;
using Segmentation.CustomerTypes;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes <c>segment types</c>' output: one row per customer in the run's order (ordinal customer
/// id) or by pseudonym (<see cref="ExportIds"/>), the type or types joined by <c>;</c> in priority order, then every profile figure the
/// definitions test (the library's <see cref="CustomerProfileFields"/>, in snake case).
/// </summary>
internal static class CustomerTypesCsvWriter
{
    public static readonly string[] Header =
    [
        "customer_id", "types", "order_count", "revenue", "promotion_order_share", "days_since_first_order", "days_since_last_order",
        "rhythm_ratio", "interaction_count", "days_since_last_interaction", "open_ticket_count", "complaint_count",
        "days_since_last_complaint", "referral_count", "positive_review_count", "nps_score",
    ];

    public static void Write(Stream stream, CustomerTypeRun run, ExportIds ids, CancellationToken cancellationToken)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(Header);
            for (var row = 0; row < run.Profiles.Count; row++)
            {
                if ((row & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var i = ids.At(row);
                WriteRow(writer, run, ids.Ids[i], i);
            }
        }

        text.Flush();
    }

    private static void WriteRow(SepWriter writer, CustomerTypeRun run, string id, int i)
    {
        var p = run.Profiles[i];
        using var row = writer.NewRow();
        row[0].Set(id);
        row[1].Set(string.Join(';', run.TypesOf(i)));
        row[2].Set(Int(p.OrderCount));
        row[3].Set(NumberFormat.Money(p.Revenue));
        row[4].Set(Ratio(p.PromotionOrderShare));
        row[5].Set(Int(p.DaysSinceFirstOrder));
        row[6].Set(Int(p.DaysSinceLastOrder));
        row[7].Set(Ratio(p.RhythmRatio));
        row[8].Set(Int(p.InteractionCount));
        row[9].Set(Int(p.DaysSinceLastInteraction));
        row[10].Set(Int(p.OpenTicketCount));
        row[11].Set(Int(p.ComplaintCount));
        row[12].Set(Int(p.DaysSinceLastComplaint));
        row[13].Set(Int(p.ReferralCount));
        row[14].Set(Int(p.PositiveReviewCount));
        row[15].Set(Int(p.NpsScore));
    }

    /// <summary>A count or day count; a missing one (no order, no complaint) is an empty field.</summary>
    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A share or ratio rounded to 4 decimals for reading (the types compare the unrounded value); missing is empty.</summary>
    private static string Ratio(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
}
