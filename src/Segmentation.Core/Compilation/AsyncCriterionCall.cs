using Segmentation.Catalog;

namespace Segmentation.Compilation;

/// <summary>An async in-memory criterion the compiled delegate reads the result of, with its arguments.</summary>
/// <param name="Name">The registered name.</param>
/// <param name="Predicate">The <c>Func&lt;TRecord, CriterionArguments, CancellationToken, ValueTask&lt;bool&gt;&gt;</c>.</param>
/// <param name="Arguments">The arguments the definition gave.</param>
internal sealed record AsyncCriterionCall(string Name, Delegate Predicate, CriterionArguments Arguments)
{
    internal ValueTask<bool> InvokeAsync<T>(T record, CancellationToken cancellationToken) =>
        ((Func<T, CriterionArguments, CancellationToken, ValueTask<bool>>)Predicate)(record, Arguments, cancellationToken);
}
