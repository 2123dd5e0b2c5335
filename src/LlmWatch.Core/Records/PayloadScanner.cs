using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace LlmWatch.Core.Records;

/// <summary>
/// A forward-only scanner for the subscription payload, a compact JSON document CloudWatch Logs writes whose bulk
/// is a few long, heavily escaped strings (the records). Strings are found and unescaped in one vectorized pass
/// instead of being validated by a tokenizer and then copied again.
/// </summary>
internal ref struct PayloadScanner(ReadOnlySpan<byte> json)
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ContainerStops = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> PrimitiveStops = SearchValues.Create(",}] \t\r\n"u8);

    private readonly ReadOnlySpan<byte> _json = json;
    private int _pos;

    public readonly byte Peek()
    {
        var pos = _pos;
        while (pos < _json.Length && IsWhitespace(_json[pos]))
            pos++;
        return pos < _json.Length ? _json[pos] : throw new FormatException("payload ends early");
    }

    public void Expect(byte c)
    {
        SkipWhitespace();
        if (_pos >= _json.Length || _json[_pos] != c)
            throw new FormatException($"payload: expected '{(char)c}' at byte {_pos}");
        _pos++;
    }

    /// <summary>Inside an object: the next property name (raw), or false after the closing brace.</summary>
    public bool NextProperty(ref bool first, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (Peek() == (byte)'}')
        {
            Expect((byte)'}');
            return false;
        }
        if (!first)
            Expect((byte)',');
        first = false;
        SkipWhitespace();
        name = SkipString();
        Expect((byte)':');
        SkipWhitespace();
        return true;
    }

    /// <summary>Inside an array: true when another element follows.</summary>
    public bool NextElement(ref bool first)
    {
        if (Peek() == (byte)']')
        {
            Expect((byte)']');
            return false;
        }
        if (!first)
            Expect((byte)',');
        first = false;
        SkipWhitespace();
        return true;
    }

    /// <summary>Reads a string value, unescaped, into <paramref name="output"/>.</summary>
    public void ReadString(ArrayBufferWriter<byte> output)
    {
        Expect((byte)'"');
        while (true)
        {
            var rest = _json[_pos..];
            var i = rest.IndexOfAny(StringStops);
            if (i < 0)
                throw new FormatException("payload: unterminated string");
            output.Write(rest[..i]);
            _pos += i;
            if (_json[_pos] == (byte)'"')
            {
                _pos++;
                return;
            }
            _pos += Unescape(_json[_pos..], output);
        }
    }

    /// <summary>Skips the value at the current position and returns its raw bytes.</summary>
    public ReadOnlySpan<byte> SkipValue()
    {
        SkipWhitespace();
        var start = _pos;
        switch (Peek())
        {
            case (byte)'"':
                SkipString();
                break;
            case (byte)'{' or (byte)'[':
                SkipContainer();
                break;
            default:
                var i = _json[_pos..].IndexOfAny(PrimitiveStops);
                _pos = i < 0 ? _json.Length : _pos + i;
                break;
        }
        return _json[start.._pos];
    }

    public bool TryReadInt64(out long value)
    {
        var token = SkipValue();
        return Utf8Parser.TryParse(token, out value, out var consumed) && consumed == token.Length;
    }

    private ReadOnlySpan<byte> SkipString()
    {
        Expect((byte)'"');
        var start = _pos;
        while (true)
        {
            var i = _json[_pos..].IndexOfAny(StringStops);
            if (i < 0)
                throw new FormatException("payload: unterminated string");
            _pos += i;
            if (_json[_pos] == (byte)'"')
                return _json[start.._pos++];
            _pos += 2;
        }
    }

    private void SkipContainer()
    {
        var depth = 0;
        do
        {
            var i = _json[_pos..].IndexOfAny(ContainerStops);
            if (i < 0)
                throw new FormatException("payload ends early");
            _pos += i;
            if (_json[_pos] == (byte)'"')
            {
                SkipString();
                continue;
            }
            depth += _json[_pos] is (byte)'{' or (byte)'[' ? 1 : -1;
            _pos++;
        }
        while (depth > 0);
    }

    private void SkipWhitespace()
    {
        while (_pos < _json.Length && IsWhitespace(_json[_pos]))
            _pos++;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>Decodes one escape sequence at the start of <paramref name="s"/>; returns the bytes consumed.</summary>
    private static int Unescape(ReadOnlySpan<byte> s, ArrayBufferWriter<byte> output)
    {
        if (s.Length < 2)
            throw new FormatException("payload: bad escape");
        byte single = s[1] switch
        {
            (byte)'"' => (byte)'"',
            (byte)'\\' => (byte)'\\',
            (byte)'/' => (byte)'/',
            (byte)'b' => 8,
            (byte)'f' => 12,
            (byte)'n' => (byte)'\n',
            (byte)'r' => (byte)'\r',
            (byte)'t' => (byte)'\t',
            (byte)'u' => 0,
            _ => throw new FormatException("payload: bad escape"),
        };
        if (single != 0)
        {
            output.GetSpan(1)[0] = single;
            output.Advance(1);
            return 2;
        }
        var code = Hex4(s, 2);
        var consumed = 6;
        if (char.IsHighSurrogate((char)code) && s.Length >= 12 && s[6] == (byte)'\\' && s[7] == (byte)'u')
        {
            var low = Hex4(s, 8);
            if (char.IsLowSurrogate((char)low))
            {
                code = char.ConvertToUtf32((char)code, (char)low);
                consumed = 12;
            }
        }
        var rune = Rune.IsValid(code) ? new Rune(code) : Rune.ReplacementChar;
        output.Advance(rune.EncodeToUtf8(output.GetSpan(4)));
        return consumed;
    }

    private static int Hex4(ReadOnlySpan<byte> s, int at)
    {
        if (s.Length < at + 4 || !Utf8Parser.TryParse(s.Slice(at, 4), out ushort value, out var used, 'x') || used != 4)
            throw new FormatException("payload: bad \\u escape");
        return value;
    }
}
