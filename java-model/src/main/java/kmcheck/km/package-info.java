/** The km page reserve of uvm_km.c, its refill thread, the physical page source, and the callers' view of getpage. */
package kmcheck.km;
