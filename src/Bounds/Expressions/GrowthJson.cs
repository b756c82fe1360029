using System.Text.Json.Nodes;
using static BoundCheck.Bounds.Expressions.Growth;

namespace BoundCheck.Bounds.Expressions;

/// <summary>JSON form of a growth: {"variable": "m", "kind": "power", "power": "-1/2", "logPower": "1/2"}, ...</summary>
public static class GrowthJson
{
    public static JsonObject ToJson(Growth growth, string? variable = null)
    {
        var json = new JsonObject();
        if (variable is not null)
        {
            json["variable"] = variable;
        }
        switch (growth)
        {
            case Power p:
                json["kind"] = "power";
                json["power"] = p.Exponent.ToString();
                json["logPower"] = p.LogExponent.ToString();
                break;
            case Exponential e:
                json["kind"] = "exponential";
                json["base"] = ExprPrinter.Print(e.Base);
                json["factor"] = ToJson(e.Factor);
                if (e.IfBaseAtMostOne is not null)
                {
                    json["ifBaseAtMostOne"] = ToJson(e.IfBaseAtMostOne);
                }
                break;
            case Polynomial:
                json["kind"] = "polynomial";
                break;
            case Unknown u:
                json["kind"] = "unknown";
                json["reason"] = u.Reason;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(growth), growth.GetType().Name, "unknown growth kind");
        }
        return json;
    }
}
