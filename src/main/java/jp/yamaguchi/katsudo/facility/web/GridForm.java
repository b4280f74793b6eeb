package jp.yamaguchi.katsudo.facility.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The month grid of one facility: {@code cells[<date>_<slot id>]} is the chosen state (empty: 空き),
 * {@code orig[...]} the state the form showed, so only changed cells are written.
 */
public class GridForm {

  private Long facility;
  private String month;
  private Map<String, String> cells = new LinkedHashMap<>();
  private Map<String, String> orig = new LinkedHashMap<>();

  public Long getFacility() {
    return facility;
  }

  public void setFacility(Long facility) {
    this.facility = facility;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Map<String, String> getCells() {
    return cells;
  }

  public void setCells(Map<String, String> cells) {
    this.cells = cells;
  }

  public Map<String, String> getOrig() {
    return orig;
  }

  public void setOrig(Map<String, String> orig) {
    this.orig = orig;
  }
}
