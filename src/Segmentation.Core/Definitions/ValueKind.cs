namespace Segmentation.Definitions;

/// <summary>The kinds of literal value a segment definition can hold.</summary>
public enum ValueKind
{
    /// <summary><see langword="true"/> or <see langword="false"/>.</summary>
    Boolean,

    /// <summary>A number, held exactly as a <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A string, compared ordinally unless a criterion asks to ignore case.</summary>
    String,

    /// <summary>An instant in time with its UTC offset.</summary>
    DateTime,

    /// <summary>A calendar date without a time of day.</summary>
    Date,
}
