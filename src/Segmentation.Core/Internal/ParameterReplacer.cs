using System.Linq.Expressions;

namespace Segmentation.Internal;

/// <summary>Rebinds a lambda's parameters to other expressions, so lambdas are inlined without <c>Invoke</c>.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly Dictionary<ParameterExpression, Expression> _map;

    private ParameterReplacer(Dictionary<ParameterExpression, Expression> map) => _map = map;

    /// <summary>Returns the body of <paramref name="lambda"/> with its parameters replaced by <paramref name="arguments"/>.</summary>
    internal static Expression Inline(LambdaExpression lambda, params Expression[] arguments)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            map[lambda.Parameters[i]] = arguments[i];
        }

        return new ParameterReplacer(map).Visit(lambda.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _map.TryGetValue(node, out var replacement) ? replacement : node;
}
