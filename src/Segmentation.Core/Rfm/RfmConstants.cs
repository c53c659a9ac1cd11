namespace Segmentation.Rfm;

/// <summary>Defaults and limits of RFM scoring, in one place.</summary>
internal static class RfmConstants
{
    public const int DefaultBins = 5;
    public const int MinBins = 2;
    public const int MaxBins = 10;
    public const RfmMethod DefaultMethod = RfmMethod.Quantile;
    public const RfmMonetaryMode DefaultMonetaryMode = RfmMonetaryMode.Sum;
    public const int DefaultMaxDegreeOfParallelism = -1;
}
