using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>The <c>kind</c> discriminators of criteria nodes and the properties each kind allows.</summary>
/// <remarks>The discriminator is looked up in this fixed table; it is never resolved to a CLR type.</remarks>
internal static class Kinds
{
    internal const string All = "all";
    internal const string Any = "any";
    internal const string Not = "not";
    internal const string Compare = "compare";
    internal const string Between = "between";
    internal const string In = "in";
    internal const string NotIn = "notIn";
    internal const string Text = "text";
    internal const string IsNull = "isNull";
    internal const string HasValue = "hasValue";
    internal const string Set = "set";
    internal const string Time = "time";
    internal const string Aggregate = "aggregate";
    internal const string Segment = "segment";
    internal const string Custom = "custom";
    internal const string Age = "age";
    internal const string GeoRadius = "geoRadius";
    internal const string Consent = "consent";

    internal static readonly string[] WindowProperties = [Last, OlderThan, From, To, Unit];

    internal static readonly string[] AggregateWindowProperties = [Field, .. WindowProperties];

    internal static readonly string[] DocumentProperties = [PropertyNames.Version, Name, Description, PropertyNames.Action, PropertyNames.Criteria];

    internal static readonly string[] SetDocumentProperties = [PropertyNames.Version, Segments, Mode, Fallback];

    internal static readonly string[] SetEntryProperties = [Name, Description, PropertyNames.Action, PropertyNames.Criteria];

    private static readonly Dictionary<string, string[]> PropertiesByKind = new(StringComparer.Ordinal)
    {
        [All] = [Kind, PropertyNames.Criteria],
        [Any] = [Kind, PropertyNames.Criteria],
        [Not] = [Kind, Criterion],
        [Compare] = [Kind, Field, Operator, Value],
        [Between] = [Kind, Field, Low, High],
        [In] = [Kind, Field, Values],
        [NotIn] = [Kind, Field, Values],
        [Text] = [Kind, Field, Operator, Value, IgnoreCase],
        [IsNull] = [Kind, Field],
        [HasValue] = [Kind, Field],
        [Set] = [Kind, Field, Operator, Values],
        [Time] = [Kind, Field, .. WindowProperties],
        [Aggregate] = [Kind, Collection, Function, Field, Operator, Value, Filter, Window],
        [Age] = [Kind, Field, MinYears, MaxYears],
        [GeoRadius] = [Kind, LatitudeField, LongitudeField, Latitude, Longitude, RadiusKm],
        [Consent] = [Kind, Field, Channel, GivenSince],
        [Segment] = [Kind, PropertyNames.Segment],
        [Custom] = [Kind, Name, Arguments],
    };

    /// <summary>Gets the valid kinds, for "expected one of" messages.</summary>
    internal static string Listed { get; } = string.Join(", ", PropertiesByKind.Keys.Select(k => "\"" + k + "\""));

    internal static string[]? PropertiesOf(string kind) => PropertiesByKind.GetValueOrDefault(kind);
}
