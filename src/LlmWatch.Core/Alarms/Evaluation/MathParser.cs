using System.Globalization;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>Parses the subset of CloudWatch metric math LlmWatch alarms use: arithmetic, comparisons, AND/OR, IF, ANOMALY_DETECTION_BAND.</summary>
public sealed class MathParser
{
    private readonly List<string> _tokens;
    private int _pos;

    private MathParser(List<string> tokens) => _tokens = tokens;

    public static MathNode Parse(string expression)
    {
        var parser = new MathParser(Tokenize(expression));
        var node = parser.Or();
        if (parser._pos != parser._tokens.Count)
            throw new FormatException($"unexpected '{parser._tokens[parser._pos]}' in '{expression}'");
        return node;
    }

    private string? Peek => _pos < _tokens.Count ? _tokens[_pos] : null;

    private MathNode Or()
    {
        var left = And();
        while (Peek is "OR" or "||") { _pos++; left = new BinaryNode("OR", left, And()); }
        return left;
    }

    private MathNode And()
    {
        var left = Comparison();
        while (Peek is "AND" or "&&") { _pos++; left = new BinaryNode("AND", left, Comparison()); }
        return left;
    }

    private MathNode Comparison()
    {
        var left = Additive();
        if (Peek is ">" or ">=" or "<" or "<=" or "==" or "!=")
        {
            var op = _tokens[_pos++];
            return new BinaryNode(op, left, Additive());
        }
        return left;
    }

    private MathNode Additive()
    {
        var left = Multiplicative();
        while (Peek is "+" or "-") { var op = _tokens[_pos++]; left = new BinaryNode(op, left, Multiplicative()); }
        return left;
    }

    private MathNode Multiplicative()
    {
        var left = Unary();
        while (Peek is "*" or "/") { var op = _tokens[_pos++]; left = new BinaryNode(op, left, Unary()); }
        return left;
    }

    private MathNode Unary()
    {
        if (Peek == "-") { _pos++; return new NegateNode(Unary()); }
        return Primary();
    }

    private MathNode Primary()
    {
        var token = Peek ?? throw new FormatException("expression ends too early");
        _pos++;
        if (token == "(")
        {
            var inner = Or();
            Expect(")");
            return inner;
        }
        if (char.IsDigit(token[0]) || token[0] == '.')
            return new NumberNode(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (Peek != "(") return new ReferenceNode(token);
        _pos++;
        var args = new List<MathNode> { Or() };
        while (Peek == ",") { _pos++; args.Add(Or()); }
        Expect(")");
        return token.ToUpperInvariant() switch
        {
            "IF" when args.Count is 2 or 3 => new IfNode(args[0], args[1], args.Count == 3 ? args[2] : null),
            "ANOMALY_DETECTION_BAND" when args is [ReferenceNode series, NumberNode width] => new BandNode(series.Id, width.Value),
            "ANOMALY_DETECTION_BAND" when args is [ReferenceNode series] => new BandNode(series.Id, 2),
            _ => throw new FormatException($"unsupported function {token} with {args.Count} arguments"),
        };
    }

    private void Expect(string token)
    {
        if (Peek != token) throw new FormatException($"expected '{token}'");
        _pos++;
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c) || c == '.')
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' || text[i] is 'e' or 'E')) i++;
                tokens.Add(text[start..i]);
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(text[start..i]);
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : null;
            if (two is ">=" or "<=" or "==" or "!=" or "&&" or "||") { tokens.Add(two); i += 2; continue; }
            if ("+-*/(),<>".Contains(c, StringComparison.Ordinal)) { tokens.Add(c.ToString()); i++; continue; }
            throw new FormatException($"unexpected character '{c}' in '{text}'");
        }
        return tokens;
    }
}
