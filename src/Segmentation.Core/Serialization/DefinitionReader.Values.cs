using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Reading of scalars: names, strings, booleans and literal values.</summary>
internal sealed partial class DefinitionReader
{
    private const string ValueExpected = "a string, number or boolean";

    private static string ReadString(JsonElement element, string path, string expected) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw ReadErrors.WrongToken(path, element, expected);

    private static bool ReadBoolean(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw ReadErrors.WrongToken(path, element, "true or false"),
    };

    private static string ReadName(JsonElement element, string path, string what)
    {
        var name = ReadString(element, path, $"{what}, a string");
        CheckName(name, path, what);
        return name;
    }

    private static void CheckName(string name, string path, string what)
    {
        if (DefinitionRules.Name(name, string.Empty, what) is { } violation)
        {
            throw violation.At(path);
        }
    }

    /// <summary>Throws a broken <see cref="DefinitionRules"/> rule at the JSON path of its part (or of the object).</summary>
    private static void Check(ObjectProperties p, RuleViolation? violation)
    {
        if (violation is { } v)
        {
            throw v.At(v.Part is null ? p.Path : p.PathOf(v.Part));
        }
    }

    private static SegmentValue ReadValue(ObjectProperties p, string property) =>
        ReadValue(p.Required(property, ValueExpected), p.PathOf(property));

    private static SegmentValue ReadValue(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => SegmentValue.FromBoolean(true),
        JsonValueKind.False => SegmentValue.FromBoolean(false),
        JsonValueKind.String => SegmentValue.FromString(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? SegmentValue.FromNumber(number)
            : throw new DefinitionException(
                path,
                $"the number {ReadErrors.Shorten(element.GetRawText())} does not fit a decimal.",
                "Expected a number of at most 28-29 significant digits between -79228162514264337593543950335 and 79228162514264337593543950335."),
        JsonValueKind.Null => throw new DefinitionException(
            path,
            "null is not a value.",
            $"Expected {ValueExpected}; to test for a missing value use {{\"kind\": \"isNull\", \"field\": ...}} or \"hasValue\"."),
        _ => throw ReadErrors.WrongToken(path, element, ValueExpected),
    };

    private SegmentValue[] ReadValues(ObjectProperties p)
    {
        var list = ReadArray(p, Values, $"a non-empty array of values ({ValueExpected})");
        var path = p.PathOf(Values);
        var values = new SegmentValue[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            values[i] = ReadValue(item, JsonPath.Index(path, i));
            i++;
        }

        return values;
    }

    /// <summary>Reads a required, non-empty array property within the list-length limit.</summary>
    private JsonElement ReadArray(ObjectProperties p, string property, string expected)
    {
        var path = p.PathOf(property);
        var list = p.Required(property, expected);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw ReadErrors.WrongToken(path, list, expected);
        }

        var count = list.GetArrayLength();
        if (count == 0)
        {
            throw new DefinitionException(path, "the list is empty.", $"Expected {expected}.");
        }

        CheckListLength(count, path);
        return list;
    }
}
