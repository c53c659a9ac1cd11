namespace Segmentation.Explain;

/// <summary>One criterion of an explanation: what it tests, what it saw, and its result.</summary>
/// <remarks>
/// A leaf that reads one value reports it three ways: <see cref="ObservedName"/> says what was read
/// (<c>age</c>, <c>age(birthDate)</c>, <c>distanceKm</c>, <c>count(orders, placedAt in last 90 days)</c>),
/// <see cref="Observed"/> holds the value itself for programs, and <see cref="ObservedText"/> is the
/// two together for people (<c>age(birthDate) = 27</c>).
/// </remarks>
public sealed class ExplainNode
{
    private readonly string? _observedText;

    internal ExplainNode(string description, string path, bool result, string? observedName, object? observed, IReadOnlyList<ExplainNode> children, bool shortCircuited, bool redacted = false)
    {
        IsRedacted = redacted;
        Description = description;
        Path = path;
        Result = result;
        ObservedName = observedName;
        Observed = observed;
        _observedText = observedName is null ? null : $"{observedName} = {(redacted ? Catalog.CatalogField.RedactedMarker : ObservedValue.Format(observed))}";
        Children = children;
        ShortCircuited = shortCircuited;
    }

    /// <summary>Gets the criterion as it reads, e.g. <c>age between 25 and 60</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the criterion's JSON path, e.g. <c>$.criteria.criteria[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the criterion's result for the customer.</summary>
    public bool Result { get; }

    /// <summary>Gets what the criterion read, or <see langword="null"/> when it reads no single value (<c>all</c>, <c>any</c>, <c>not</c>, segment references, custom criteria).</summary>
    /// <value>The field's catalog name (<c>country</c>), <c>age(birthDate)</c> for an age band, <c>distanceKm</c> for a radius test, or the aggregate as it reads (<c>count(orders, placedAt in last 90 days)</c>).</value>
    public string? ObservedName { get; }

    /// <summary>Gets the value the criterion read for this customer: why it matched or not.</summary>
    /// <value>
    /// The field's value as the record holds it (a <see cref="decimal"/>, <see cref="int"/>,
    /// <see cref="string"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, a set of strings, ...);
    /// the age in whole years (<see cref="int"/>) for an age band; the distance in kilometres
    /// (<see cref="double"/>) for a radius test; the aggregate's result for an aggregate (an
    /// <see cref="int"/> count; a sum, average, min or max in the field's numeric or date type).
    /// <see langword="null"/> when the value is missing (no value, or an average, min or max of no
    /// elements) and when <see cref="ObservedName"/> is <see langword="null"/>.
    /// </value>
    public object? Observed { get; }

    /// <summary>Gets the observation as text, e.g. <c>age(birthDate) = 27</c>, <c>country = missing</c> or <c>count(orders) = 2</c>; <see langword="null"/> when nothing was observed.</summary>
    /// <value>Formatted in the invariant culture: strings quoted, instants in ISO 8601, dates as <c>yyyy-MM-dd</c>, a missing value as <c>missing</c>; followed by <c>from</c> and <see cref="ObservedSource"/> when the field has a source.</value>
    public string? ObservedText => _observedText is null || ObservedSource is null ? _observedText : $"{_observedText} from {ObservedSource}";

    /// <summary>Gets where the observed field's values come from (<see cref="Catalog.CatalogField.Source"/>), for example the model that predicted them; <see langword="null"/> for ordinary fields.</summary>
    /// <value>Shown after the value in <see cref="ObservedText"/>: <c>pAlive = 0.21 from BG/NBD (r=0.2426, ...; calibration end 1997-09-30)</c>.</value>
    public string? ObservedSource { get; internal init; }

    /// <summary>Gets a value indicating whether the observed value comes from a classified field: it is not read, <see cref="Observed"/> is <see langword="null"/> and <see cref="ObservedText"/> shows <c>[redacted]</c>.</summary>
    public bool IsRedacted { get; }

    /// <summary>Gets the children of <c>all</c>, <c>any</c>, <c>not</c> and segment references.</summary>
    public IReadOnlyList<ExplainNode> Children { get; }

    /// <summary>Gets a value indicating whether the fast path skips this criterion, because an earlier sibling decided the result.</summary>
    public bool ShortCircuited { get; }

    /// <inheritdoc />
    public override string ToString() => $"{(Result ? "[x]" : "[ ]")} {Description}{(ObservedText is null ? string.Empty : "   (" + ObservedText + ")")}{(ShortCircuited ? "   (skipped by the fast path)" : string.Empty)}";
}
