using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Reading of criteria nodes: the <c>kind</c> first, wherever it stands in the object, then the kind's properties.</summary>
internal sealed partial class DefinitionReader
{
    private Criterion ReadCriterion(JsonElement element, string path, int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw ReadErrors.TooDeep(path, _limits.MaxDepth);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ReadErrors.WrongToken(path, element, "a criterion object with a \"kind\"");
        }

        var kindPath = JsonPath.Property(path, Kind);
        if (!element.TryGetProperty(Kind, out var kindElement))
        {
            throw new DefinitionException(kindPath, "the criterion has no kind.", $"Expected \"kind\": one of {Kinds.Listed}.");
        }

        var kind = ReadString(kindElement, kindPath, $"one of {Kinds.Listed}");
        var allowed = Kinds.PropertiesOf(kind)
            ?? throw new DefinitionException(kindPath, $"{ReadErrors.Quote(kind)} is not a kind of criterion.", $"Expected one of {Kinds.Listed}.");
        var properties = ObjectProperties.Read(element, path, allowed, $"a \"{kind}\" criterion");
        try
        {
            return ReadKind(kind, properties, depth);
        }
        catch (DefinitionException ex) when (ex.Location is { } location && !location.StartsWith(JsonPath.Root, StringComparison.Ordinal))
        {
            // The reader checks the DefinitionRules at their JSON paths before constructing; this
            // keeps any rule it missed located in the document instead of in the constructor's code.
            throw new DefinitionException(path, ex.Problem, ex.Expected);
        }
    }

    private Criterion ReadKind(string kind, ObjectProperties p, int depth) => kind switch
    {
        Kinds.All => new AllCriterion(ReadCriteriaList(p, depth)),
        Kinds.Any => new AnyCriterion(ReadCriteriaList(p, depth)),
        Kinds.Not => new NotCriterion(ReadCriterion(p.Required(PropertyNames.Criterion, "a criterion object"), p.PathOf(PropertyNames.Criterion), depth + 1)),
        Kinds.Compare => new ComparisonCriterion(ReadField(p), ReadComparison(p), ReadValue(p, Value)),
        Kinds.Between => new BetweenCriterion(ReadField(p), ReadValue(p, Low), ReadValue(p, High)),
        Kinds.In => new InCriterion(ReadField(p), ReadValues(p)),
        Kinds.NotIn => new InCriterion(ReadField(p), ReadValues(p), negated: true),
        Kinds.Text => ReadText(p),
        Kinds.IsNull => new NullCheckCriterion(ReadField(p), isNull: true),
        Kinds.HasValue => new NullCheckCriterion(ReadField(p), isNull: false),
        Kinds.Set => ReadSet(p),
        Kinds.Time => new TimeWindowCriterion(ReadField(p), ReadWindow(p)),
        Kinds.Aggregate => ReadAggregate(p, depth),
        Kinds.Age => ReadAge(p),
        Kinds.GeoRadius => ReadGeoRadius(p),
        Kinds.Consent => ReadConsent(p),
        Kinds.Segment => new SegmentReferenceCriterion(ReadName(p.Required(PropertyNames.Segment, "the name of a segment"), p.PathOf(PropertyNames.Segment), "a segment name")),
        _ => ReadCustom(p),
    };

    private Criterion[] ReadCriteriaList(ObjectProperties p, int depth)
    {
        var list = ReadArray(p, PropertyNames.Criteria, "a non-empty array of criterion objects");
        var path = p.PathOf(PropertyNames.Criteria);
        var children = new Criterion[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            children[i] = ReadCriterion(item, JsonPath.Index(path, i), depth + 1);
            i++;
        }

        return children;
    }

    private static TextCriterion ReadText(ObjectProperties p)
    {
        var field = ReadField(p);
        var op = ReadOperator<TextOperator>(p, JsonNames.TryParse, JsonNames.Of);
        var value = ReadString(p.Required(Value, "the text to look for, a string"), p.PathOf(Value), "a string");
        var ignoreCase = p.TryGet(IgnoreCase, out var flag) && ReadBoolean(flag, p.PathOf(IgnoreCase));
        return new TextCriterion(field, op, value, ignoreCase);
    }

    private SetCriterion ReadSet(ObjectProperties p)
    {
        var field = ReadField(p);
        var op = ReadOperator<SetOperator>(p, JsonNames.TryParse, JsonNames.Of);
        var list = ReadArray(p, Values, "a non-empty array of strings");
        var path = p.PathOf(Values);
        var values = new string[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            values[i] = ReadString(item, JsonPath.Index(path, i), "a string");
            i++;
        }

        return new SetCriterion(field, op, values);
    }

    private CustomCriterion ReadCustom(ObjectProperties p)
    {
        var name = ReadName(p.Required(Name, "the registered name of a custom criterion"), p.PathOf(Name), "a criterion name");
        var arguments = new List<KeyValuePair<string, SegmentValue>>();
        if (p.TryGet(Arguments, out var element))
        {
            var path = p.PathOf(Arguments);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw ReadErrors.WrongToken(path, element, "an object of arguments by parameter name");
            }

            CheckListLength(element.EnumerateObject().Count(), path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in element.EnumerateObject())
            {
                var argumentPath = JsonPath.Property(path, argument.Name);
                CheckName(argument.Name, argumentPath, "a parameter name");
                if (!seen.Add(argument.Name))
                {
                    throw new DefinitionException(argumentPath, $"the argument \"{argument.Name}\" appears twice.", "Expected each argument once.");
                }

                arguments.Add(new(argument.Name, ReadValue(argument.Value, argumentPath)));
            }
        }

        return new CustomCriterion(name, arguments);
    }

    private static string ReadField(ObjectProperties p) =>
        ReadName(p.Required(Field, "the catalog name of a field, a string"), p.PathOf(Field), "a field name");

    private static ComparisonOperator ReadComparison(ObjectProperties p) =>
        ReadOperator<ComparisonOperator>(p, JsonNames.TryParse, JsonNames.Of);

    private delegate bool TryParseName<TEnum>(string text, out TEnum value);

    private static TEnum ReadOperator<TEnum>(ObjectProperties p, TryParseName<TEnum> parse, Func<TEnum, string> of)
        where TEnum : struct, Enum => ReadEnum(p, Operator, parse, of);
}
