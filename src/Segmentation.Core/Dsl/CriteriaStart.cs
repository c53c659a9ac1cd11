using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// The first step of a chain: pick a field, refer to a segment, use a custom criterion, or open a
/// group. Each call starts a new, independent chain, so a start can be reused.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <typeparam name="TChain">The chain the first criterion continues with.</typeparam>
/// <remarks>Member selectors only name fields: <c>c =&gt; c.Country</c> is looked up in the catalog and never compiled or run.</remarks>
public abstract class CriteriaStart<T, TChain>
    where TChain : CriteriaConnectors<T, TChain>
{
    private protected CriteriaStart(FieldCatalog catalog, string location)
    {
        Catalog = catalog;
        Location = location;
    }

    /// <summary>Gets the catalog that fields and criteria are looked up in.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>Gets where the chain started here is (see <see cref="DslLocation"/>).</summary>
    internal string Location { get; }

    private string First => DslLocation.Criterion(Location, 1, null);

    /// <summary>Picks the field a member selector names.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Address.City</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The selector is not a property chain, or the catalog has no field for it.</exception>
    public IFieldBuilder<TChain, TValue> Where<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(FieldResolver.Resolve(Catalog, field), negate: false);

    /// <summary>Picks the nullable field a member selector names; its operators take the underlying type.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Age</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The selector is not a property chain, or the catalog has no field for it.</exception>
    public IFieldBuilder<TChain, TValue> Where<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(FieldResolver.Resolve(Catalog, field), negate: false);

    /// <summary>Picks a field by its catalog name, typically a custom field: <c>Where&lt;decimal&gt;("loyaltyPoints")</c>.</summary>
    /// <typeparam name="TValue">A type of the field's kind: <see cref="decimal"/> (or another number), <see cref="string"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <c>IEnumerable&lt;string&gt;</c>.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The catalog has no such field, or it is of another kind.</exception>
    public IFieldBuilder<TChain, TValue> Where<TValue>(string field) => Pick<TValue>(FieldResolver.Resolve<TValue>(Catalog, field), negate: false);

    /// <summary>Picks a field whose test is negated: <c>WhereNot(c =&gt; c.OptedOut).IsTrue()</c>.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties.</param>
    /// <returns>The field, waiting for the operator to negate.</returns>
    /// <exception cref="SegmentationException">The selector is not a property chain, or the catalog has no field for it.</exception>
    public IFieldBuilder<TChain, TValue> WhereNot<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(FieldResolver.Resolve(Catalog, field), negate: true);

    /// <summary>Picks a nullable field whose test is negated.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties.</param>
    /// <returns>The field, waiting for the operator to negate.</returns>
    /// <exception cref="SegmentationException">The selector is not a property chain, or the catalog has no field for it.</exception>
    public IFieldBuilder<TChain, TValue> WhereNot<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(FieldResolver.Resolve(Catalog, field), negate: true);

    /// <summary>Picks a field by catalog name whose test is negated.</summary>
    /// <typeparam name="TValue">A type of the field's kind.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for the operator to negate.</returns>
    /// <exception cref="SegmentationException">The catalog has no such field, or it is of another kind.</exception>
    public IFieldBuilder<TChain, TValue> WhereNot<TValue>(string field) => Pick<TValue>(FieldResolver.Resolve<TValue>(Catalog, field), negate: true);

    /// <summary>Matches members of another named segment.</summary>
    /// <param name="segment">The referenced segment's name; it is resolved when the segment set is validated or compiled.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">The name is blank or longer than 256 characters.</exception>
    public TChain InSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Start(DslLocation.Run(First, () => new SegmentReferenceCriterion(segment)));
    }

    /// <summary>Uses a registered custom criterion: <c>Matches("hasOpenTicket", ("days", 30))</c>.</summary>
    /// <param name="criterion">The registered name.</param>
    /// <param name="arguments">Arguments as (name, value) pairs; values are booleans, numbers, strings, enums or dates, checked against the criterion's parameters by <c>Build()</c>.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="SegmentationException">A value is null or of an unsupported type.</exception>
    /// <exception cref="Binding.DefinitionException">The name or an argument name is blank, or an argument is given twice.</exception>
    public TChain Matches(string criterion, params (string Name, object Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(arguments);
        return Start(DslLocation.Run(First, () => Custom.Of(criterion, arguments)));
    }

    /// <summary>
    /// Matches records whose coordinates lie within <paramref name="radiusKm"/> kilometres of a point
    /// (haversine distance; see <see cref="GeoRadiusCriterion"/>).
    /// </summary>
    /// <param name="latitude">The latitude field in degrees, e.g. <c>c =&gt; c.Latitude</c>; a decimal field needs a cast: <c>c =&gt; (double?)c.Lat</c>.</param>
    /// <param name="longitude">The longitude field in degrees.</param>
    /// <param name="centerLatitude">The centre's latitude, -90..90.</param>
    /// <param name="centerLongitude">The centre's longitude, -180..180.</param>
    /// <param name="radiusKm">The radius in kilometres, greater than 0; a point at exactly the radius matches.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="SegmentationException">A selector does not name a catalog field.</exception>
    /// <exception cref="Binding.DefinitionException">A number is out of range or not finite, or both selectors name the same field; the location names the segment and criterion.</exception>
    public TChain WithinRadius(Expression<Func<T, double?>> latitude, Expression<Func<T, double?>> longitude, double centerLatitude, double centerLongitude, double radiusKm)
    {
        var latitudeField = FieldResolver.Resolve(Catalog, latitude).Name;
        var longitudeField = FieldResolver.Resolve(Catalog, longitude).Name;
        return Start(DslLocation.Run(First, () => new GeoRadiusCriterion(latitudeField, longitudeField, centerLatitude, centerLongitude, radiusKm)));
    }

    /// <summary>Matches when the group does not match.</summary>
    /// <param name="group">The group, e.g. <c>g =&gt; g.Where(c =&gt; c.Country).EqualTo("US").Or(...)</c>.</param>
    /// <returns>The chain.</returns>
    public TChain Not(Func<CriteriaGroup<T>, CriteriaChain<T>> group) => Start(new NotCriterion(CriteriaGroup<T>.Evaluate(Catalog, First, group)));

    /// <summary>Matches when every group matches.</summary>
    /// <param name="groups">One or more groups.</param>
    /// <returns>The chain.</returns>
    public TChain AllOf(params Func<CriteriaGroup<T>, CriteriaChain<T>>[] groups) => Start(new AllCriterion(CriteriaGroup<T>.EvaluateAll(Catalog, First, groups)));

    /// <summary>Matches when at least one group matches.</summary>
    /// <param name="groups">One or more groups.</param>
    /// <returns>The chain.</returns>
    public TChain AnyOf(params Func<CriteriaGroup<T>, CriteriaChain<T>>[] groups) => Start(new AnyCriterion(CriteriaGroup<T>.EvaluateAll(Catalog, First, groups)));

    /// <summary>Creates the chain object over a new state.</summary>
    private protected abstract TChain Begin(ChainState state);

    private FieldSelection<TChain, TValue> Pick<TValue>(CatalogField field, bool negate) =>
        new(field, negate, DslLocation.Criterion(Location, 1, field.Name), Start);

    private TChain Start(Criterion criterion)
    {
        var state = new ChainState(Catalog, Location);
        state.Append(criterion, Junction.None);
        return Begin(state);
    }
}
