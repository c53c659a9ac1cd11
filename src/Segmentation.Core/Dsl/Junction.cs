namespace Segmentation.Dsl;

/// <summary>How the criteria of one chain are joined; fixed by the first connector.</summary>
internal enum Junction
{
    /// <summary>No connector used yet: the chain holds one criterion.</summary>
    None,

    /// <summary>Joined by <c>And</c>: every criterion must match.</summary>
    All,

    /// <summary>Joined by <c>Or</c>: one criterion must match.</summary>
    Any,
}
