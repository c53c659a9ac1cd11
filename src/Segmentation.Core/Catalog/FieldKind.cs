namespace Segmentation.Catalog;

/// <summary>What a catalog field holds, which decides the operators a definition may apply to it.</summary>
public enum FieldKind
{
    /// <summary>A boolean: equality, null checks.</summary>
    Boolean,

    /// <summary>A number of any CLR numeric type: comparisons, between, in.</summary>
    Number,

    /// <summary>A string or an enum (by member name): equality, in, text tests.</summary>
    String,

    /// <summary>A <see cref="System.DateTime"/> or <see cref="DateTimeOffset"/>: comparisons, between, time windows.</summary>
    DateTime,

    /// <summary>A <see cref="DateOnly"/>: comparisons, between, time windows.</summary>
    Date,

    /// <summary>A collection of strings (tags, interests): contains any / all / none.</summary>
    StringSet,

    /// <summary>A child collection of records (orders, events): aggregates.</summary>
    Collection,
}
