using System.Globalization;
using System.Text.Json;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Writing of each criteria node kind.</summary>
internal static partial class DefinitionWriter
{
    private static void WriteCriterion(Utf8JsonWriter writer, Criterion criterion, int depth)
    {
        if (depth > SerializationConstants.MaxWriteDepth)
        {
            throw new SegmentationException(
                $"The definition's criteria are nested more than {SerializationConstants.MaxWriteDepth} deep, too deep to write. Flatten it: all and any take many children.");
        }

        writer.WriteStartObject();
        switch (criterion)
        {
            case AllCriterion all:
                WriteList(writer, Kinds.All, all.Criteria, depth);
                break;
            case AnyCriterion any:
                WriteList(writer, Kinds.Any, any.Criteria, depth);
                break;
            case NotCriterion not:
                writer.WriteString(Kind, Kinds.Not);
                writer.WritePropertyName(PropertyNames.Criterion);
                WriteCriterion(writer, not.Criterion, depth + 1);
                break;
            case AggregateCriterion aggregate:
                WriteAggregate(writer, aggregate, depth);
                break;
            default:
                WriteLeaf(writer, criterion);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string kind, IReadOnlyList<Criterion> children, int depth)
    {
        writer.WriteString(Kind, kind);
        writer.WriteStartArray(PropertyNames.Criteria);
        foreach (var child in children)
        {
            WriteCriterion(writer, child, depth + 1);
        }

        writer.WriteEndArray();
    }

    private static void WriteAggregate(Utf8JsonWriter writer, AggregateCriterion aggregate, int depth)
    {
        writer.WriteString(Kind, Kinds.Aggregate);
        writer.WriteString(Collection, aggregate.Collection);
        writer.WriteString(Function, JsonNames.Of(aggregate.Function));
        if (aggregate.ValueField is { } field)
        {
            writer.WriteString(Field, field);
        }

        writer.WriteString(Operator, JsonNames.Of(aggregate.Operator));
        WriteValue(writer, Value, aggregate.Value);
        if (aggregate.Filter is { } filter)
        {
            writer.WritePropertyName(Filter);
            WriteCriterion(writer, filter, depth + 1);
        }

        if (aggregate.Window is { } window)
        {
            writer.WriteStartObject(Window);
            writer.WriteString(Field, window.Field);
            WriteWindow(writer, window.Window);
            writer.WriteEndObject();
        }
    }

    private static void WriteLeaf(Utf8JsonWriter writer, Criterion criterion)
    {
        switch (criterion)
        {
            case ComparisonCriterion compare:
                WriteKindAndField(writer, Kinds.Compare, compare.Field);
                writer.WriteString(Operator, JsonNames.Of(compare.Operator));
                WriteValue(writer, Value, compare.Value);
                break;
            case BetweenCriterion between:
                WriteKindAndField(writer, Kinds.Between, between.Field);
                WriteValue(writer, Low, between.Low);
                WriteValue(writer, High, between.High);
                break;
            case InCriterion @in:
                WriteKindAndField(writer, @in.Negated ? Kinds.NotIn : Kinds.In, @in.Field);
                writer.WriteStartArray(Values);
                foreach (var value in @in.Values)
                {
                    WriteValue(writer, value);
                }

                writer.WriteEndArray();
                break;
            case TextCriterion text:
                WriteKindAndField(writer, Kinds.Text, text.Field);
                writer.WriteString(Operator, JsonNames.Of(text.Operator));
                writer.WriteString(Value, text.Value);
                if (text.IgnoreCase)
                {
                    writer.WriteBoolean(IgnoreCase, true);
                }

                break;
            case NullCheckCriterion nullCheck:
                WriteKindAndField(writer, nullCheck.IsNull ? Kinds.IsNull : Kinds.HasValue, nullCheck.Field);
                break;
            case SetCriterion set:
                WriteKindAndField(writer, Kinds.Set, set.Field);
                writer.WriteString(Operator, JsonNames.Of(set.Operator));
                writer.WriteStartArray(Values);
                foreach (var value in set.Values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                break;
            case TimeWindowCriterion time:
                WriteKindAndField(writer, Kinds.Time, time.Field);
                WriteWindow(writer, time.Window);
                break;
            case AgeCriterion age:
                WriteKindAndField(writer, Kinds.Age, age.Field);
                if (age.MinYears is { } min)
                {
                    writer.WriteNumber(MinYears, min);
                }

                if (age.MaxYears is { } max)
                {
                    writer.WriteNumber(MaxYears, max);
                }

                break;
            case GeoRadiusCriterion geo:
                writer.WriteString(Kind, Kinds.GeoRadius);
                writer.WriteString(LatitudeField, geo.LatitudeField);
                writer.WriteString(LongitudeField, geo.LongitudeField);
                writer.WriteNumber(Latitude, geo.Latitude);
                writer.WriteNumber(Longitude, geo.Longitude);
                writer.WriteNumber(RadiusKm, geo.RadiusKm);
                break;
            case ConsentCriterion consent:
                WriteKindAndField(writer, Kinds.Consent, consent.Field);
                writer.WriteString(Channel, consent.Channel);
                if (consent.GivenSince is { } since)
                {
                    writer.WriteString(GivenSince, since.ToString("O", CultureInfo.InvariantCulture));
                }

                break;
            case SegmentReferenceCriterion reference:
                writer.WriteString(Kind, Kinds.Segment);
                writer.WriteString(PropertyNames.Segment, reference.Segment);
                break;
            case CustomCriterion custom:
                WriteCustom(writer, custom);
                break;
            default:
                throw new SegmentationException($"{criterion.GetType().Name} is not a criterion the JSON format knows. Use the criteria of Segmentation.Definitions.");
        }
    }

    private static void WriteCustom(Utf8JsonWriter writer, CustomCriterion custom)
    {
        writer.WriteString(Kind, Kinds.Custom);
        writer.WriteString(Name, custom.Name);
        if (custom.Arguments.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(Arguments);
        foreach (var (name, value) in custom.Arguments)
        {
            WriteValue(writer, name, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteKindAndField(Utf8JsonWriter writer, string kind, string field)
    {
        writer.WriteString(Kind, kind);
        writer.WriteString(Field, field);
    }
}
