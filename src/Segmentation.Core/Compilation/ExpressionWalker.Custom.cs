using System.Linq.Expressions;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Internal;

namespace Segmentation.Compilation;

/// <summary>Custom criteria and references to other segments.</summary>
internal sealed partial class ExpressionWalker
{
    private Expression Custom(CustomCriterion node, Expression record, FieldCatalog catalog, string path)
    {
        var criterion = catalog.FindCriterion(node.Name)
            ?? throw new DefinitionException(path + ".name", $"'{node.Name}' is not a registered criterion of {catalog.Title}.", "Register it with AddCriterion.");
        _shape.Append("custom(").Append(criterion.Name).Append(' ');
        var typedRecord = record.Type == criterion.RecordType ? record : Expression.Convert(record, criterion.RecordType);

        // The arguments are a literal like any other: a holder slot, so EF Core makes them a parameter.
        var arguments = Slot(new CriterionArguments(node.Arguments), typeof(CriterionArguments));
        _shape.Append(')');
        if (criterion.IsTranslatable)
        {
            var predicate = (LambdaExpression)criterion.GetType().GetProperty(nameof(TranslatableCriterion<object>.Predicate))!.GetValue(criterion)!;
            return ParameterReplacer.Inline(predicate, typedRecord, arguments);
        }

        if (!InMemoryOnly.Contains(criterion.Name, StringComparer.Ordinal))
        {
            InMemoryOnly.Add(criterion.Name);
        }

        var type = criterion.GetType();
        if (!criterion.IsAsync)
        {
            var function = (Delegate)type.GetProperty(nameof(InMemoryCriterion<object>.Predicate))!.GetValue(criterion)!;
            return Expression.Call(Expression.Constant(function), function.GetType().GetMethod(nameof(Action.Invoke))!, typedRecord, arguments);
        }

        if (record is not ParameterExpression { Name: RecordParameterName })
        {
            throw new DefinitionException(path, $"the async criterion '{criterion.Name}' is used inside an aggregate filter.", "Async criteria apply to the customer record only; move it out of the filter or make it synchronous.");
        }

        var asyncFunction = (Delegate)type.GetProperty(nameof(InMemoryCriterion<object>.AsyncPredicate))!.GetValue(criterion)!;
        AsyncCalls.Add(new AsyncCriterionCall(criterion.Name, asyncFunction, new CriterionArguments(node.Arguments)));
        return Expression.ArrayIndex(AsyncResults, Expression.Constant(AsyncCalls.Count - 1));
    }

    private Expression Reference(SegmentReferenceCriterion node, Expression record, FieldCatalog catalog, string path, int depth)
    {
        if (record is not ParameterExpression { Name: RecordParameterName })
        {
            throw new DefinitionException(path, $"the segment '{node.Segment}' is referenced inside an aggregate filter.", "Segment references apply to the customer record only.");
        }

        var referenced = _references.Enter(node.Segment, path, catalog);
        _shape.Append("ref(").Append(referenced.Name).Append(' ');
        var body = Build(referenced.Criteria, record, catalog, path, depth + 1);
        _shape.Append(')');
        _references.Exit();
        return body;
    }
}
