namespace Segmentation.Rfm;

/// <summary>Which monetary value is scored when scoring <see cref="RfmAggregates"/>.</summary>
public enum RfmMonetaryMode
{
    /// <summary>The sum of the customer's amounts.</summary>
    Sum = 0,

    /// <summary>The sum of the customer's amounts divided by the number of orders.</summary>
    MeanOrderValue = 1,
}
