namespace Segmentation.DependencyInjection;

/// <summary>The sets before and after a reload.</summary>
public sealed class SegmentDefinitionsChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previous">The set replaced.</param>
    /// <param name="current">The set now in effect.</param>
    public SegmentDefinitionsChangedEventArgs(SegmentDefinitionSet previous, SegmentDefinitionSet current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        Previous = previous;
        Current = current;
    }

    /// <summary>Gets the set replaced.</summary>
    public SegmentDefinitionSet Previous { get; }

    /// <summary>Gets the set now in effect.</summary>
    public SegmentDefinitionSet Current { get; }
}
