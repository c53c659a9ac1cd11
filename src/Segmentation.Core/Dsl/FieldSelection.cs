using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The one implementation of <see cref="IFieldBuilder{TNext, TValue}"/>.</summary>
internal sealed class FieldSelection<TNext, TValue> : IFieldBuilder<TNext, TValue>, ILocatedSelection
{
    private readonly bool _negate;
    private readonly Func<Criterion, TNext> _append;
    private bool _used;

    internal FieldSelection(CatalogField field, bool negate, string location, Func<Criterion, TNext> append)
    {
        Field = field;
        Location = location;
        _negate = negate;
        _append = append;
    }

    public CatalogField Field { get; }

    public string Location { get; }

    public TNext Add(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (_used)
        {
            throw new SegmentationException(
                $"The selection of '{Field.Name}' has an operator already. Pick the field again (And/Or/Where) for a second test.",
                Field.Name);
        }

        _used = true;
        return _append(_negate ? new NotCriterion(criterion) : criterion);
    }
}
