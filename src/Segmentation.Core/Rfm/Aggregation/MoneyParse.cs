namespace Segmentation.Rfm.Aggregation;

/// <summary>The outcome of <see cref="MoneyText.TryParse"/>.</summary>
internal enum MoneyParse
{
    /// <summary>The text is an amount, parsed exactly.</summary>
    Parsed,

    /// <summary>The text is not a number in the accepted form.</summary>
    Invalid,

    /// <summary>The text is a number that <see cref="decimal"/> cannot hold exactly.</summary>
    OutOfRange,
}
