using System.Globalization;
using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>Checks the options and columns before any work starts.</summary>
internal static class RfmScoringValidation
{
    public static void Validate(int recency, int frequency, ReadOnlyMemory<double> monetary, IReadOnlyList<string>? ids, RfmScoringOptions options)
    {
        if (recency != frequency || recency != monetary.Length || (ids is not null && ids.Count != recency))
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"RFM columns differ in length (recency {recency}, frequency {frequency}, monetary {monetary.Length}, ids {ids?.Count}). Pass one value per customer in every column."),
                "columns");
        }

        if (options.Bins is < RfmConstants.MinBins or > RfmConstants.MaxBins)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"RfmScoringOptions.Bins is {options.Bins}; use a number of bins from {RfmConstants.MinBins} to {RfmConstants.MaxBins}."),
                nameof(RfmScoringOptions.Bins));
        }

        if (!Enum.IsDefined(options.Method) || !Enum.IsDefined(options.MonetaryMode))
        {
            throw new SegmentationException("RfmScoringOptions.Method or MonetaryMode is not a defined value.", nameof(RfmScoringOptions.Method));
        }

        var bad = FiniteCheck.IndexOfNonFinite(monetary, options.MaxDegreeOfParallelism);
        if (bad >= 0)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"Monetary value of {Who(ids, bad)} is {monetary.Span[bad]}; RFM needs finite amounts. Remove or repair NaN and infinite amounts before scoring."),
                string.Create(CultureInfo.InvariantCulture, $"monetary[{bad}]"));
        }

        if (options.Method == RfmMethod.Thresholds)
        {
            CheckThresholds(options.RecencyThresholds, nameof(RfmScoringOptions.RecencyThresholds), options.Bins, integer: true);
            CheckThresholds(options.FrequencyThresholds, nameof(RfmScoringOptions.FrequencyThresholds), options.Bins, integer: true);
            CheckThresholds(options.MonetaryThresholds, nameof(RfmScoringOptions.MonetaryThresholds), options.Bins, integer: false);
        }
    }

    public static void RejectMinValueRecency(ReadOnlySpan<int> recency, IReadOnlyList<string>? ids)
    {
        var at = recency.IndexOf(int.MinValue);
        if (at >= 0)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"Recency of {Who(ids, at)} is int.MinValue days, which the ntile method cannot order. Use real day counts."),
                string.Create(CultureInfo.InvariantCulture, $"recencyDays[{at}]"));
        }
    }

    // The id when the caller passed ids (what a user can look up), else the position.
    private static string Who(IReadOnlyList<string>? ids, int index) =>
        ids is null
            ? string.Create(CultureInfo.InvariantCulture, $"the customer at index {index}")
            : string.Create(CultureInfo.InvariantCulture, $"customer '{ids[index]}' (index {index})");

    private static void CheckThresholds(IReadOnlyList<double>? cuts, string name, int bins, bool integer)
    {
        if (cuts is null || cuts.Count != bins - 1)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"RfmScoringOptions.{name} must hold Bins - 1 = {bins - 1} cut points for the thresholds method; it holds {cuts?.Count.ToString(CultureInfo.InvariantCulture) ?? "none"}."),
                name);
        }

        for (var k = 0; k < cuts.Count; k++)
        {
            var tooLow = integer && cuts[k] < int.MinValue;
            if (double.IsNaN(cuts[k]) || tooLow || (k > 0 && cuts[k] < cuts[k - 1]))
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"RfmScoringOptions.{name}[{k}] is {cuts[k]}; cut points must be numbers in ascending order{(integer ? " and at least int.MinValue" : string.Empty)}."),
                    string.Create(CultureInfo.InvariantCulture, $"{name}[{k}]"));
            }
        }
    }
}
