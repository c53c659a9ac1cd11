namespace Segmentation.Dsl;

/// <summary>A group with at least one criterion, continued with <c>And</c> or <c>Or</c>; what a group lambda returns.</summary>
/// <typeparam name="T">The record type (the element type inside an aggregate filter).</typeparam>
/// <remarks>Mutable and not thread-safe, like every chain; see <see cref="CriteriaConnectors{T, TChain}"/>.</remarks>
public sealed class CriteriaChain<T> : CriteriaConnectors<T, CriteriaChain<T>>
{
    internal CriteriaChain(ChainState state)
        : base(state)
    {
    }
}
