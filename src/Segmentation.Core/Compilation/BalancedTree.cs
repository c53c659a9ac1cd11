using System.Linq.Expressions;

namespace Segmentation.Compilation;

/// <summary>
/// Joins operands with AndAlso/OrElse as a balanced binary tree: an <c>any</c> of 5,000 children is
/// 13 levels deep instead of 5,000, so neither the expression compiler nor a SQL generator recurses
/// deeply. Left-to-right order and short-circuiting are unchanged.
/// </summary>
internal static class BalancedTree
{
    internal static Expression Join(IReadOnlyList<Expression> operands, ExpressionType kind) => Join(operands, 0, operands.Count, kind);

    private static Expression Join(IReadOnlyList<Expression> operands, int start, int count, ExpressionType kind)
    {
        if (count == 1)
        {
            return operands[start];
        }

        var half = count / 2;
        var left = Join(operands, start, half, kind);
        var right = Join(operands, start + half, count - half, kind);
        return kind == ExpressionType.AndAlso ? Expression.AndAlso(left, right) : Expression.OrElse(left, right);
    }
}
