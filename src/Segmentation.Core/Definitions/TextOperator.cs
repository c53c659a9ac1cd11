namespace Segmentation.Definitions;

/// <summary>String tests of a <see cref="TextCriterion"/>.</summary>
public enum TextOperator
{
    /// <summary>The whole string equals the value.</summary>
    Equal,

    /// <summary>The string starts with the value.</summary>
    StartsWith,

    /// <summary>The string ends with the value.</summary>
    EndsWith,

    /// <summary>The string contains the value.</summary>
    Contains,
}
