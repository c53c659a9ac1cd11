namespace Segmentation.Definitions;

/// <summary>Tests of a string-set field such as tags or interests.</summary>
public enum SetOperator
{
    /// <summary>The set contains at least one of the values.</summary>
    ContainsAny,

    /// <summary>The set contains every one of the values.</summary>
    ContainsAll,

    /// <summary>The set contains none of the values (an empty or missing set matches).</summary>
    ContainsNone,
}
