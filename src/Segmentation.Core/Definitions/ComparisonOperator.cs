namespace Segmentation.Definitions;

/// <summary>How a field is compared to a value. JSON spells them <c>= != &lt; &lt;= &gt; &gt;=</c>.</summary>
public enum ComparisonOperator
{
    /// <summary>The field equals the value (<c>=</c>).</summary>
    Equal,

    /// <summary>The field has a value and it differs from the given one (<c>!=</c>).</summary>
    NotEqual,

    /// <summary>The field is less than the value (<c>&lt;</c>).</summary>
    LessThan,

    /// <summary>The field is less than or equal to the value (<c>&lt;=</c>).</summary>
    LessThanOrEqual,

    /// <summary>The field is greater than the value (<c>&gt;</c>).</summary>
    GreaterThan,

    /// <summary>The field is greater than or equal to the value (<c>&gt;=</c>).</summary>
    GreaterThanOrEqual,
}
