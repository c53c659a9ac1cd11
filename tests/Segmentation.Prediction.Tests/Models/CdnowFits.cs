using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>The CDNOW sample summarised from its transactions (weeks, calibration to 1997-09-30) and the models fitted on it, fitted once per test run.</summary>
internal static class CdnowFits
{
    private static readonly Lazy<PurchaseSummary> LazySummary = new(() =>
        PurchaseSummary.FromTransactions(ReferenceData.CdnowSample, new SummaryOptions(ReferenceData.CdnowCalibrationEnd)));

    private static readonly Lazy<BgNbdModel> LazyBgNbd = new(() => BgNbdModel.Fit(Summary));
    private static readonly Lazy<ParetoNbdModel> LazyPareto = new(() => ParetoNbdModel.Fit(Summary));
    private static readonly Lazy<ModifiedBgNbdModel> LazyModified = new(() => ModifiedBgNbdModel.Fit(Summary));

    public static PurchaseSummary Summary => LazySummary.Value;

    public static BgNbdModel BgNbd => LazyBgNbd.Value;

    public static ParetoNbdModel ParetoNbd => LazyPareto.Value;

    public static ModifiedBgNbdModel ModifiedBgNbd => LazyModified.Value;

    public static TimeUnit Unit => TimeUnit.Weeks;
}
